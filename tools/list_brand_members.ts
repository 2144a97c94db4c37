import * as z from "zod";
import { MemberRole, MemberView } from "../core/brand/workspace-types.ts";
import { PageInput } from "../core/pagination.ts";
import { defineTool, PageOutput } from "./define.ts";
import { renderMember } from "./workspace-render.ts";

export const listBrandMembers = defineTool({
  name: "list_brand_members",
  title: "List brand members",
  description:
    "Who has which role on a brand (approver, reviewer, editor, viewer) with their Slack user id and e-mail. Filter " +
    "by role. Paginated: pass nextCursor back as cursor.",
  toolset: "brand",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().trim().min(1).max(100).describe("Brand slug or id"),
    role: MemberRole.optional().describe("Only members with this role"),
    ...PageInput,
  }),
  output: z.object({ brandId: z.string(), brandSlug: z.string(), items: z.array(MemberView), ...PageOutput }),
  async run({ brand, role, cursor, limit }, { services }) {
    const page = await services.brands.listMembers(brand, { role, cursor, limit });
    return {
      structured: page,
      text: page.items.length
        ? `${page.items.length} member(s) of ${page.brandSlug}${role ? ` with role ${role}` : ""}\n${page.items.map(renderMember).join("\n")}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`
        : `No ${role ?? ""} members on ${page.brandSlug} yet. Add one with add_brand_member.`,
    };
  },
});
