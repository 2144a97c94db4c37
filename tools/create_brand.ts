import * as z from "zod";
import { BrandView, CreateBrandInput } from "../core/brand/workspace-types.ts";
import { defineTool } from "./define.ts";
import { renderBrand } from "./workspace-render.ts";

export const createBrand = defineTool({
  name: "create_brand",
  title: "Create brand",
  description:
    "Create a brand for your team: slug, name, description, palette (hex colours), fonts, logo assets, audiences " +
    '(each with aliases, e.g. "Gen Z" → gen-z-runners), the approval policy (spend threshold in micros, P(best) bar) ' +
    "and the Slack review channel. Then add people with add_brand_member and rules with update_brand_rules. A slug " +
    "that exists is refused.",
  toolset: "brand",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  input: CreateBrandInput,
  output: z.object({ brand: BrandView }),
  async run(input, { services, actor }) {
    const brand = await services.brands.create(input, actor);
    return {
      structured: { brand },
      text: `Created brand:\n${renderBrand(brand)}\nNext: add approvers with add_brand_member, rules with update_brand_rules.`,
    };
  },
});
