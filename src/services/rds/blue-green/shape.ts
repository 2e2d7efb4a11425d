/** A stored blue/green deployment -> the SDK's BlueGreenDeployment (the resource pairs stay inside). */
import type { BlueGreenDeployment } from "@aws-sdk/client-rds";
import type { BlueGreenDeploymentRecord } from "../world.js";

export function shapeDeployment(d: BlueGreenDeploymentRecord): BlueGreenDeployment {
  const { Pairs: _pairs, SwitchoverTimeout: _timeout, CreateTime, DeleteTime, SwitchoverDetails, Tasks, TagList, ...rest } = d;
  const out: BlueGreenDeployment = {
    ...rest,
    SwitchoverDetails: (SwitchoverDetails ?? []).map((s) => ({ ...s })),
    Tasks: (Tasks ?? []).map((t) => ({ ...t })),
    CreateTime: new Date(CreateTime),
    TagList: TagList.map((t) => ({ ...t })),
  };
  if (DeleteTime !== undefined) out.DeleteTime = new Date(DeleteTime);
  return out;
}
