#!/usr/bin/env node
// Entry for the `winnow` command: runs the TypeScript CLI through tsx, so there is no build step.
import { register } from "tsx/esm/api";

register();
await import("../server/cli.ts");
