/**
 * Every simulated service's identity, in the order reports list them. Identity files only: the test
 * fixtures and the scripts import this without loading any service's simulation.
 */
import { docdbElasticIdentity } from "./docdb-elastic/identity.js";
import { dsqlIdentity } from "./dsql/identity.js";
import { rdsIdentity } from "./rds/identity.js";

export const serviceIdentities = [dsqlIdentity, rdsIdentity, docdbElasticIdentity] as const;

/** A fixture name: `dsql`, `rds`, `docdb`. */
export type FixtureName = (typeof serviceIdentities)[number]["fixture"];
