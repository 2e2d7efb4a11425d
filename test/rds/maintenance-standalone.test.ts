/** Maintenance, log files and recommendations of standalone DB instances (every engine family). */
import {
  ApplyPendingMaintenanceActionCommand,
  DescribeDBInstancesCommand,
  DescribeDBLogFilesCommand,
  DescribeDBRecommendationsCommand,
  DescribePendingMaintenanceActionsCommand,
  DownloadDBLogFilePortionCommand,
  RebootDBInstanceCommand,
} from "@aws-sdk/client-rds";
import { describe, expect, it } from "vitest";
import { FIXED_START, setup } from "./clusters-fixtures.js";
import { createStandalone, ENGINE_CASES } from "./instances-standalone-fixtures.js";

const ARN = "arn:aws:rds:us-east-1:123456789012";
const HOUR = 3_600_000;

describe("standalone DB instances", () => {
  it("db-upgrade is pending on a standalone instance behind the catalog's newest minor version; immediate upgrades it", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client, { DBInstanceIdentifier: "pg1", EngineVersion: "16.4" });
    await createStandalone(client, { DBInstanceIdentifier: "manual", EngineVersion: "16.4", AutoMinorVersionUpgrade: false });
    backend.clock.runAll();
    const out = await client.send(new DescribePendingMaintenanceActionsCommand({ Filters: [{ Name: "db-instance-id", Values: ["pg1", "manual"] }] }));
    expect(out.PendingMaintenanceActions).toEqual([
      { ResourceIdentifier: `${ARN}:db:pg1`, PendingMaintenanceActionDetails: [{ Action: "db-upgrade", Description: "Automatic minor version upgrade to postgres 16.8" }] },
    ]);
    await client.send(new ApplyPendingMaintenanceActionCommand({ ResourceIdentifier: `${ARN}:db:pg1`, ApplyAction: "db-upgrade", OptInType: "immediate" }));
    const pg1 = (await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: "pg1" }))).DBInstances![0];
    expect([pg1.DBInstanceStatus, pg1.EngineVersion]).toEqual(["upgrading", "16.8"]);
  });

  it.each(ENGINE_CASES.filter(([engine]) => !engine.startsWith("db2")))("%s writes its log files once available", async (engine, cls) => {
    const { backend, client } = setup({ lifecycle: "timed" });
    const isSqlServer = engine.startsWith("sqlserver");
    await createStandalone(client, {
      DBInstanceIdentifier: "db1", Engine: engine, DBInstanceClass: cls, AllocatedStorage: isSqlServer ? 20 : 100,
      MasterUsername: "dbadmin", LicenseModel: undefined,
    });
    backend.clock.runAll();
    backend.clock.advance(HOUR);
    const files = (await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "db1" }))).DescribeDBLogFiles!;
    const expected = engine.startsWith("oracle") ? (engine.endsWith("-cdb") ? "trace/alert_RDSCDB.log" : "trace/alert_ORCL.log") : isSqlServer ? "log/ERROR" : engine === "postgres" ? "error/postgresql.log." : "error/mysql-error-running.log";
    const written = files.filter((f) => f.LogFileName!.startsWith(expected) && f.Size! > 0);
    expect(written.length).toBeGreaterThan(0);
    const data = (await client.send(new DownloadDBLogFilePortionCommand({ DBInstanceIdentifier: "db1", LogFileName: written[0].LogFileName }))).LogFileData!;
    expect(data.length).toBe(written[0].Size);
  });

  it("SQL Server cycles log/ERROR at a reboot", async () => {
    const { backend, client } = setup({ lifecycle: "timed" });
    await createStandalone(client, { DBInstanceIdentifier: "ss1", Engine: "sqlserver-ex", DBInstanceClass: "db.t3.micro", AllocatedStorage: 20, LicenseModel: undefined });
    backend.clock.runAll();
    await client.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: "ss1" }));
    backend.clock.runAll();
    const names = (await client.send(new DescribeDBLogFilesCommand({ DBInstanceIdentifier: "ss1" }))).DescribeDBLogFiles!.map((f) => f.LogFileName);
    expect(names).toEqual(["log/ERROR", "log/ERROR.1"]);
  });

  it("recommends Multi-AZ, a custom DB parameter group and a longer backup retention for a default standalone instance", async () => {
    const { backend, client } = setup();
    await createStandalone(client, { DBInstanceIdentifier: "pg1", BackupRetentionPeriod: 1 });
    backend.clock.runAll();
    const recs = (await client.send(new DescribeDBRecommendationsCommand({}))).DBRecommendations!;
    expect(recs.map((r) => r.TypeId).sort()).toEqual([
      "config_recommendation::backup_retention_instance",
      "config_recommendation::default_parameter_group",
      "config_recommendation::multi_az_instance",
    ]);
    const pgArn = `${ARN}:pg:default.postgres16`;
    const byPg = (await client.send(new DescribeDBRecommendationsCommand({ Filters: [{ Name: "pg-arn", Values: [pgArn] }] }))).DBRecommendations!;
    expect(byPg).toHaveLength(3);
    expect(recs.every((r) => r.CreatedTime!.getTime() === FIXED_START.getTime())).toBe(true);
  });
});
