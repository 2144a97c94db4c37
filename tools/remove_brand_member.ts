import * as z from "zod";
import { MemberRole, MemberView } from "../core/brand/workspace-types.ts";
import { defineTool } from "./define.ts";
import { renderMember } from "./workspace-render.ts";

export const removeBrandMember = defineTool({
  name: "remove_brand_member",
  title: "Remove brand member",
  description:
    "Take a role (or, without role, every role) away from a brand member, named by Slack user id or e-mail. The last " +
    "approver of a brand with pending review requests cannot be removed (nobody could decide them): add another " +
    "approver first.",
  toolset: "brand",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
  input: z.object({
    brand: z.string().trim().min(1).max(100).describe("Brand slug or id"),
    member: z.string().trim().min(1).max(200).describe("Slack user id or e-mail of the member"),
    role: MemberRole.optional().describe("Only this role; omit to remove the person from the brand"),
  }),
  output: z.object({ brand: z.string(), member: MemberView, removedRoles: z.array(z.string()) }),
  async run(input, { services, actor }) {
    const r = await services.brands.removeMember(input, actor);
    return {
      structured: { brand: input.brand, ...r },
      text: `Removed ${r.removedRoles.join(", ")} from ${r.member.name ?? r.member.userRef} on ${input.brand}.${r.member.roles.length ? ` Still: ${renderMember(r.member)}` : ""}`,
    };
  },
});
