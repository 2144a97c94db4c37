import { STANDARD_LAYOUTS } from "../../core/templates/layouts.ts";
import type { TemplateSpecInput } from "../../core/templates/spec.ts";

/**
 * The demo template for Kestrel's "Spring Sprint": copy banks per hook × tone, per offer × tone and per audience, so
 * the local provider writes distinct, on-brief copy for every cell of a designed experiment.
 */
export const SPRING_SPRINT = { name: "Spring Sprint", description: "Kestrel spring promo: product hero over a scene." };

const v = (id: string, label: string, extra: Record<string, string> = {}) => ({ id, label, ...extra });

export function springSprintSpec(assetIds: Map<string, string>): TemplateSpecInput {
  const asset = (key: string) => {
    const id = assetIds.get(key);
    return id ? { assetId: id } : {};
  };
  const headline = [
    { when: {}, texts: ["Spring is for {audience}", "New season. New miles. {product}."] },
    {
      when: { hook: "challenge", tone: "energetic" },
      texts: ["Beat last spring's PR in the {product}", "Faster by May? Lace up the {product}"],
    },
    {
      when: { hook: "challenge", tone: "calm" },
      texts: ["Your pace, your path: {product}", "A calm new PR awaits"],
    },
    {
      when: { hook: "challenge", tone: "playful" },
      texts: ["Race the sunrise. Win. {product}", "Dare your legs: {product}"],
    },
    {
      when: { hook: "challenge", tone: "premium" },
      texts: ["Built for your next personal best", "The {product}, built for record days"],
    },
    {
      when: { hook: "social-proof", tone: "energetic" },
      texts: ["12,000 runners switched to the {product}", "Run clubs are buzzing about the {product}"],
    },
    {
      when: { hook: "social-proof", tone: "calm" },
      texts: ["Runners trust the {product} for every mile", "Loved on long easy miles: {product}"],
    },
    {
      when: { hook: "social-proof", tone: "playful" },
      texts: ["Your run crew already has the {product}", "Everyone's feet agree: {product}"],
    },
    {
      when: { hook: "social-proof", tone: "premium" },
      texts: ["Coaches pick the {product}", "Rated 4.8 by runners"],
    },
    {
      when: { hook: "urgency", tone: "energetic" },
      texts: ["{offer} ends soon. Go!", "Spring Sprint: {offer} this week only"],
    },
    {
      when: { hook: "urgency", tone: "calm" },
      texts: ["{offer} until the end of April", "A good time to switch: {offer}"],
    },
    { when: { hook: "urgency", tone: "playful" }, texts: ["Tick tock: {offer} is on", "Quick feet win {offer}"] },
    { when: { hook: "urgency", tone: "premium" }, texts: ["For a limited time: {offer}", "The spring edit, {offer}"] },
    {
      when: { hook: "benefit", tone: "energetic" },
      texts: ["More bounce, every stride: {product}", "Light. Fast. {product}."],
    },
    {
      when: { hook: "benefit", tone: "calm" },
      texts: ["Soft landings, easy miles: {product}", "Comfort that goes the distance"],
    },
    {
      when: { hook: "benefit", tone: "playful" },
      texts: ["Shoes that feel like weekends", "Pillow feel, rocket ride: {product}"],
    },
    {
      when: { hook: "benefit", tone: "premium" },
      texts: ["Precision cushioning. Quiet power.", "The {product}: crafted for the long run"],
    },
    {
      when: { hook: "challenge", audience: "trail-enthusiasts" },
      texts: ["Climb further in the {product}", "Own the ridge this spring"],
    },
    {
      when: { hook: "challenge", audience: "de-marathoners" },
      texts: ["Sub-3:30 starts here: {product}", "Your next marathon PB starts now"],
    },
    {
      when: { hook: "social-proof", audience: "gen-z-runners" },
      texts: ["The run club shoe of the season", "Seen at every Sunday run club"],
    },
  ];
  const body = [
    {
      when: {},
      texts: ["{offer} on the {product}. Made for {audience}.", "The {product} is ready for spring. {offer}."],
    },
    {
      when: { offer: "spring-20-off", tone: "energetic" },
      texts: ["Get 20% off the {product} and hit the road running.", "20% off. Spring starts now."],
    },
    {
      when: { offer: "spring-20-off", tone: "calm" },
      texts: ["Save 20% on the {product} and enjoy every easy mile.", "A gentle nudge: 20% off for spring."],
    },
    {
      when: { offer: "spring-20-off", tone: "playful" },
      texts: ["20% off means more money for post-run pancakes.", "Your feet asked for 20% off. We said yes."],
    },
    {
      when: { offer: "spring-20-off", tone: "premium" },
      texts: ["The {product}, now 20% off for the season.", "Considered design, 20% off this spring."],
    },
    {
      when: { offer: "free-shipping", tone: "energetic" },
      texts: ["Shipping included on the {product}. Order today, run tomorrow.", "Shipping included. Fast feet. Go."],
    },
    {
      when: { offer: "free-shipping", tone: "calm" },
      texts: [
        "Shipping included, so the only thing you carry is your pace.",
        "Delivered to your door, shipping on us.",
      ],
    },
    {
      when: { offer: "free-shipping", tone: "playful" },
      texts: ["Shipping on us: the shoes run to you first.", "We cover shipping. You bring the legs."],
    },
    {
      when: { offer: "free-shipping", tone: "premium" },
      texts: ["Shipping included on the {product}.", "Delivered with care, shipping on us."],
    },
    {
      when: { offer: "new-colorway" },
      texts: ["Meet the new spring colourways of the {product}.", "Fresh colours for fresh miles: the {product}."],
    },
    { when: { offer: "new-colorway", tone: "premium" }, texts: ["A new palette for the {product}, in limited runs."] },
    { when: { audience: "de-marathoners" }, texts: ["Built for 42.2 km. {offer}."] },
    { when: { audience: "trail-enthusiasts" }, texts: ["Grip for mud, roots and rock. {offer}."] },
  ];
  const cta = [
    { when: {}, texts: ["Shop now"] },
    { when: { cta: "shop-now" }, texts: ["Shop now"] },
    { when: { cta: "shop-now", tone: "playful" }, texts: ["Shop now", "Get yours"] },
    { when: { cta: "grab-yours" }, texts: ["Grab yours"] },
    { when: { cta: "grab-yours", tone: "premium" }, texts: ["Reserve yours"] },
    { when: { cta: "find-your-fit" }, texts: ["Find your fit"] },
    { when: { cta: "find-your-fit", tone: "energetic" }, texts: ["Find your fit", "Try them on"] },
  ];
  return {
    slots: {
      audience: {
        values: [
          v("gen-z-runners", "run club regulars"),
          v("urban-25-34", "city runners"),
          v("trail-enthusiasts", "trail runners"),
          v("de-marathoners", "marathoners"),
        ],
      },
      offer: {
        values: [
          v("spring-20-off", "20% off", {
            offerType: "discount",
            disclaimer: "20% off full-price footwear, 1–30 April 2027. Terms and conditions apply.",
          }),
          v("free-shipping", "shipping included", {
            offerType: "shipping",
            disclaimer: "Standard shipping included on orders over €50.",
          }),
          v("new-colorway", "new colourways", { offerType: "launch" }),
        ],
      },
      tone: {
        values: [v("energetic", "energetic"), v("calm", "calm"), v("playful", "playful"), v("premium", "premium")],
      },
      format: { values: [v("1:1", "square"), v("9:16", "story"), v("1.91:1", "landscape"), v("4:5", "portrait")] },
      hook: {
        values: [
          v("challenge", "challenge"),
          v("social-proof", "social proof"),
          v("urgency", "urgency"),
          v("benefit", "benefit"),
        ],
      },
      cta: { values: [v("shop-now", "Shop now"), v("grab-yours", "Grab yours"), v("find-your-fit", "Find your fit")] },
      product: {
        values: [
          { ...v("aero-3-ember", "Aero 3"), ...asset("aero-3-ember") },
          { ...v("aero-3-midnight", "Aero 3 Midnight"), ...asset("aero-3-midnight") },
          { ...v("trail-pro-moss", "Trail Pro"), ...asset("trail-pro-moss") },
          { ...v("tempo-lite-volt", "Tempo Lite"), ...asset("tempo-lite-volt") },
        ],
      },
      scene: {
        values: [
          { ...v("city-sunrise", "city sunrise"), ...asset("scene-city-sunrise") },
          { ...v("forest-trail", "forest trail"), ...asset("scene-forest-trail-dawn") },
          { ...v("track-noon", "track"), ...asset("scene-track-noon") },
        ],
      },
      talent: {
        values: [
          { ...v("maya", "Maya"), ...asset("talent-maya-run") },
          { ...v("jonas", "Jonas"), ...asset("talent-jonas-stand") },
          { ...v("lea", "Léa"), ...asset("talent-lea-run") },
        ],
      },
    },
    copy: { headline, body, cta },
    layouts: STANDARD_LAYOUTS,
    style: { panelOpacity: 1, ...(assetIds.get("logo-primary") ? { logoAssetId: assetIds.get("logo-primary") } : {}) },
  };
}
