import * as z from "zod";
import { BrandView, UpdateBrandInput } from "../core/brand/workspace-types.ts";
import { defineTool } from "./define.ts";
import { renderBrand } from "./workspace-render.ts";

export const updateBrand = defineTool({
  name: "update_brand",
  title: "Update brand",
  description:
    "Change a brand's name, description, palette, fonts, logo assets, review channel or approval policy (spend " +
    "threshold, P(best) bar; fields you leave out keep their value), add or update audiences by slug (with aliases) " +
    "and remove audiences. The brand rules themselves change with update_brand_rules.",
  toolset: "brand",
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  input: UpdateBrandInput.extend({ brand: z.string().trim().min(1).max(100).describe("Brand slug or id") }),
  output: z.object({ brand: BrandView }),
  async run({ brand: ref, ...patch }, { services, actor }) {
    const brand = await services.brands.update(ref, patch, actor);
    return { structured: { brand }, text: `Updated brand:\n${renderBrand(brand)}` };
  },
});
