// aws-db-mock/vitest with only __pkg__ installed: its fixture is the client's own type, the others
// are `never` (their packages are missing), and the matchers type the command's input.
import { __Client__, __ReadCommand__, type __ReadOutputItem__ } from "__pkg__";
import { expect, test, type AwsDbMockFixtures } from "aws-db-mock/vitest";
import { expectType, type Equal } from "./type-checks.js";

test("reads", async ({ __fixture__, backend }) => {
  expectType<Equal<typeof __fixture__, __Client__>>(true);
  const output = await __fixture__.send(new __ReadCommand__({}));
  expectType<Equal<typeof output.__readMember__, __ReadOutputItem__[] | undefined>>(true);
  expect(__fixture__).toHaveReceivedCommandWith(__ReadCommand__, { __inputMember__: __inputValue__ });
  expect(backend).toHaveReceivedCommandTimes(__ReadCommand__, 1);
  // @ts-expect-error the expected input is the command's input shape
  expect(__fixture__).toHaveReceivedCommandWith(__ReadCommand__, { notAMember: 1 });
});

__absentFixtures__
