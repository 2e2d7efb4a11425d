// aws-db-mock (root entry) with only __pkg__ installed: the client's own types, precise.
import { __Client__, __ReadCommand__, type __ReadOutputItem__ } from "__pkg__";
import { createMockBackend, type MockBackend } from "aws-db-mock";
import { expectType, type Equal, type IsAny } from "./type-checks.js";

const backend: MockBackend = createMockBackend({ seed: 1 });
const client = backend.attach(new __Client__({ region: "us-east-1" }));
expectType<Equal<typeof client, __Client__>>(true);

export async function read(): Promise<void> {
  const output = await client.send(new __ReadCommand__({}));
  expectType<Equal<typeof output.__readMember__, __ReadOutputItem__[] | undefined>>(true);
  expectType<Equal<IsAny<typeof output>, false>>(true);
}

backend.on(__ReadCommand__).resolves({ __readMember__: [] });
// @ts-expect-error resolves() takes the command's output shape only
backend.on(__ReadCommand__).resolves({ notAMember: [] });
backend.on(__ReadCommand__, { __inputMember__: __inputValue__ }).rejects("ThrottlingException");
// @ts-expect-error the input to match is the command's input shape
backend.on(__ReadCommand__, { notAMember: 1 });
__rootExtra__
