/**
 * Type-checks files as one TypeScript program (one start-up for every block), with the repository's
 * compiler options and the package's own name mapped to src/, and returns the errors found in those
 * files (src/ itself is checked by `npm run typecheck`).
 */
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { sourceEntries } from "../../scripts/source-entries.js";
import { repoRoot } from "./markdown.js";

export function typecheck(files: string[]): string[] {
  const configPath = join(repoRoot, "tsconfig.json");
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath));
  const paths = Object.fromEntries(Object.entries(sourceEntries()).map(([name, file]) => [name, [file]]));
  const program = ts.createProgram(files, { ...config.options, paths, noEmit: true });
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((file) => {
      const source = program.getSourceFile(file);
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    }),
  ];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(repoRoot, diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`;
  });
}
