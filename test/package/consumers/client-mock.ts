// aws-db-mock/client-mock and its matchers with only __pkg__ installed, in the same project as the
// other entries: the stub is typed by the client, behaviours by each command's shapes.
import { expect } from "vitest";
import { __Client__, __ReadCommand__, type __ReadCommand__Input, type __ReadOutputItem__ } from "__pkg__";
import { mockClient, type AwsClientStub } from "aws-db-mock/client-mock";
import "aws-db-mock/client-mock/vitest";
import { expectType, type Equal, type IsAny } from "./type-checks.js";

const stub: AwsClientStub<__Client__> = mockClient(__Client__);
expectType<Equal<IsAny<typeof stub>, false>>(true);
stub.on(__ReadCommand__).resolves({ __readMember__: [] });
// @ts-expect-error resolves() takes the command's output shape only
stub.on(__ReadCommand__).resolves({ notAMember: [] });

export async function read(): Promise<void> {
  const output = await new __Client__({ region: "us-east-1" }).send(new __ReadCommand__({}));
  expectType<Equal<typeof output.__readMember__, __ReadOutputItem__[] | undefined>>(true);
  const input = stub.commandCalls(__ReadCommand__)[0].args[0].input;
  expectType<Equal<typeof input, __ReadCommand__Input>>(true);
  expect(stub).toHaveReceivedCommandWith(__ReadCommand__, { __inputMember__: __inputValue__ });
  stub.restore();
}
