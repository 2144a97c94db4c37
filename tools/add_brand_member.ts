import * as z from "zod";
import { AddMemberInput, MemberView } from "../core/brand/workspace-types.ts";
import { defineTool } from "./define.ts";
import { renderMember } from "./workspace-render.ts";

export const addBrandMember = defineTool({
  name: "add_brand_member",
  title: "Add brand member",
  description:
    "Give a person a role on a brand: approver (decides reviews and promotions, in Slack or here), reviewer, editor " +
    "or viewer. Identify them by Slack user id (needed to approve in Slack) and/or e-mail. Adding a role they already " +
    "have changes nothing; a person can hold several roles.",
  toolset: "brand",
  // Granting a role changes who may approve: clients (and Slack) confirm it first.
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  input: AddMemberInput,
  output: z.object({ brand: z.string(), member: MemberView, created: z.boolean() }),
  async run(input, { services, actor }) {
    const { member, created } = await services.brands.addMember(input, actor);
    return {
      structured: { brand: input.brand, member, created },
      text: `${created ? "Added" : "Already there"}: ${renderMember(member)} on ${input.brand}.`,
    };
  },
});
