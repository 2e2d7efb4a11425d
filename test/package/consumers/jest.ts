// aws-db-mock/jest with only __pkg__ installed, in the same project as aws-db-mock/vitest: both
// runners' matcher augmentations type-check together.
import { expect, test } from "@jest/globals";
import { __Client__, __ReadCommand__ } from "__pkg__";
import { useMockBackend } from "aws-db-mock/jest";
import { expectType, type Equal } from "./type-checks.js";

const mock = useMockBackend({ region: "eu-west-1" });

test("reads", async () => {
  expectType<Equal<typeof mock.__fixture__, __Client__>>(true);
  await mock.__fixture__.send(new __ReadCommand__({}));
  expect(mock.__fixture__).toHaveReceivedCommand(__ReadCommand__);
  expect(mock.__fixture__).toHaveReceivedCommandWith(__ReadCommand__, { __inputMember__: __inputValue__ });
  // @ts-expect-error the expected input is the command's input shape
  expect(mock.__fixture__).toHaveReceivedCommandWith(__ReadCommand__, { notAMember: 1 });
});
