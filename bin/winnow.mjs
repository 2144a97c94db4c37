#!/usr/bin/env node
// Older entry, kept for MCP client configs that name it: bin/winnow.cjs is the entry now (it sizes libuv's thread
// pool before anything starts it, which an ES module entry cannot do).
import "./winnow.cjs";
