import * as z from "zod";
import { BrandView } from "../core/brand/workspace-types.ts";
import { PageInput } from "../core/pagination.ts";
import { defineTool, PageOutput } from "./define.ts";
import { renderBrand } from "./workspace-render.ts";

export const listBrands = defineTool({
  name: "list_brands",
  title: "List brands",
  description:
    "The team's brands in name order with palette, fonts, logos, audiences and their aliases, approval policy, " +
    "member counts and rule-set version. Pass brand to read one. Paginated: pass nextCursor back as cursor.",
  toolset: "brand",
  annotations: { readOnlyHint: true, idempotentHint: true },
  input: z.object({
    brand: z.string().trim().min(1).max(100).optional().describe("Only this brand (slug or id)"),
    ...PageInput,
  }),
  output: z.object({ items: z.array(BrandView), ...PageOutput }),
  async run({ brand, cursor, limit }, { services, visible }) {
    const page = brand
      ? { items: [await services.brands.get(brand)], nextCursor: null }
      : await services.brands.list({ cursor, limit, visible });
    const body = page.items.map(renderBrand).join("\n");
    return {
      structured: page,
      text: page.items.length
        ? `${page.items.length} brand(s)\n${body}${page.nextCursor ? `\n(more: cursor=${page.nextCursor})` : ""}`
        : "No brands yet. Create one with create_brand.",
    };
  },
});
