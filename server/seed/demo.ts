import type { MemberRole } from "../../core/brand/workspace-types.ts";
import type { AssetMetadataInput } from "../../core/library/types.ts";
import {
  logoSvg,
  moodSvg,
  productBottleSvg,
  productShoeSvg,
  type SceneSpec,
  type ShoeSpec,
  sceneSvg,
  type TalentSpec,
  talentSvg,
  toJpeg,
  toPng,
} from "./images.ts";

/** The fictional demo brand every fresh Winnow starts with (created through the brand service, like any brand). */
export const DEMO_BRAND = {
  slug: "kestrel",
  name: "Kestrel Run Co.",
  description: "Running shoes and gear for everyday runners. Bright, energetic, never preachy.",
  palette: ["#FF5A1F", "#15171C", "#F4F1EA", "#2E7D6B", "#FFC845"],
  reviewChannel: "#creative-review",
};

export const DEMO_CAMPAIGN = { name: "Spring Sprint 2027", objective: "conversions", budgetMicros: 25_000_000_000 };

export const DEMO_AUDIENCES = [
  {
    slug: "gen-z-runners",
    name: "Gen Z runners",
    description: "18-24, social-first, run clubs, streetwear crossover",
    aliases: ["Gen Z", "zoomers"],
    attributes: { ageMin: 18, ageMax: 24, interests: ["run club", "streetwear", "music"] },
  },
  {
    slug: "urban-25-34",
    name: "Urban runners 25-34",
    description: "Commuter and after-work runners in cities",
    aliases: ["city runners", "urban runners"],
    attributes: { ageMin: 25, ageMax: 34, interests: ["city running", "fitness tracking"] },
  },
  {
    slug: "trail-enthusiasts",
    name: "Trail enthusiasts",
    description: "Weekend trail and ultra runners",
    aliases: ["trail runners"],
    attributes: { ageMin: 25, ageMax: 54, interests: ["trail", "outdoors", "ultra"] },
  },
  {
    slug: "de-marathoners",
    name: "DE marathoners",
    description: "German-speaking road marathon runners",
    aliases: ["German marathoners"],
    attributes: { country: "DE", interests: ["marathon", "training plans"] },
  },
];

/** Demo people by Slack id, with roles the brand service accepts; the marketer edits, the approvers approve. */
export const DEMO_MEMBERS: { slackUserId: string; role: MemberRole }[] = [
  { slackUserId: "U0APPROVER1", role: "approver" },
  { slackUserId: "U0APPROVER2", role: "approver" },
  { slackUserId: "U0MARKETER1", role: "editor" },
];

export interface DemoAsset {
  key: string;
  render: () => Promise<Buffer>;
  meta: AssetMetadataInput;
}

const shoes: [string, string, ShoeSpec][] = [
  [
    "aero-3-ember",
    "Aero 3 — Ember",
    { upper: "#FF5A1F", accent: "#15171C", sole: "#F4F1EA", backdrop: ["#FFFFFF", "#E6E2DA"] },
  ],
  [
    "aero-3-midnight",
    "Aero 3 — Midnight",
    { upper: "#1D2B53", accent: "#FFC845", sole: "#EDEDED", backdrop: ["#F5F5F7", "#D9DCE3"], angle: -3 },
  ],
  [
    "aero-3-glacier",
    "Aero 3 — Glacier",
    { upper: "#9FD8E8", accent: "#FF5A1F", sole: "#FFFFFF", backdrop: ["#FFFFFF", "#E3EEF2"], angle: -9 },
  ],
  [
    "trail-pro-moss",
    "Trail Pro — Moss",
    { upper: "#2E7D6B", accent: "#FFC845", sole: "#3A3A3A", backdrop: ["#F2EFE6", "#D6D1C2"], angle: -4 },
  ],
  [
    "trail-pro-clay",
    "Trail Pro — Clay",
    { upper: "#B5452F", accent: "#F4F1EA", sole: "#2B2B2B", backdrop: ["#F7EFE8", "#E0CFC2"], angle: -7 },
  ],
  [
    "tempo-lite-volt",
    "Tempo Lite — Volt",
    { upper: "#D7F34A", accent: "#15171C", sole: "#FFFFFF", backdrop: ["#FFFFFF", "#E9ECE0"], angle: -5 },
  ],
];

const scenes: [string, string, string, SceneSpec][] = [
  [
    "scene-forest-trail-dawn",
    "Forest trail at dawn",
    "trail",
    {
      kind: "trail",
      sky: ["#2B3A67", "#F4A261", "#FFE3B3"],
      sun: "#FFF1C9",
      layers: ["#3F5E4A", "#2E4A3A", "#1E3328"],
      ground: "#6B4F3A",
    },
  ],
  [
    "scene-city-sunrise",
    "City street at sunrise",
    "city",
    {
      kind: "city",
      sky: ["#1B1F3B", "#E76F51", "#F4A261"],
      sun: "#FFD6A5",
      layers: ["#2A2D3E", "#3B3F55"],
      ground: "#4A4A4A",
    },
  ],
  [
    "scene-track-noon",
    "Stadium track, bright noon",
    "track",
    { kind: "track", sky: ["#4EA8DE", "#90E0EF", "#CAF0F8"], sun: "#FFFFFF", layers: ["#2E7D6B"], ground: "#2E7D6B" },
  ],
  [
    "scene-beach-sunset",
    "Beach run at sunset",
    "beach",
    { kind: "beach", sky: ["#6A4C93", "#FF7B54", "#FFB26B"], sun: "#FFE5B4", layers: ["#C9A66B"], ground: "#E8C99B" },
  ],
  [
    "scene-mountain-ridge",
    "Mountain ridge, cool morning",
    "trail",
    {
      kind: "trail",
      sky: ["#A2D2FF", "#CDE7F0", "#F1FAEE"],
      sun: "#FFFFFF",
      layers: ["#8DA9C4", "#5C7A99", "#3D5A80"],
      ground: "#4F6D7A",
    },
  ],
];

const talent: [string, string, TalentSpec, string][] = [
  [
    "talent-maya-run",
    "Maya — running pose",
    { skin: "#8D5524", hair: "#1B1B1B", shirt: "#FF5A1F", backdrop: ["#F4F1EA", "#FFC845"], pose: "run" },
    "Maya Okafor",
  ],
  [
    "talent-jonas-stand",
    "Jonas — standing portrait",
    { skin: "#F1C27D", hair: "#A0522D", shirt: "#1D2B53", backdrop: ["#E3EEF2", "#9FD8E8"], pose: "stand" },
    "Jonas Weber",
  ],
  [
    "talent-lea-run",
    "Léa — running pose",
    { skin: "#C68642", hair: "#3B2219", shirt: "#2E7D6B", backdrop: ["#F2EFE6", "#D6D1C2"], pose: "run" },
    "Léa Martin",
  ],
  [
    "talent-sam-stand",
    "Sam — standing portrait",
    { skin: "#E0AC69", hair: "#2C1B0E", shirt: "#D7F34A", backdrop: ["#15171C", "#3B3F55"], pose: "stand" },
    "Sam Rivera",
  ],
];

const inOneYear = () => new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 31)).toISOString();

/** Every demo asset: what it is, how to draw it, and the metadata a marketer would have filled in. */
export function demoAssets(): DemoAsset[] {
  const base = { brand: DEMO_BRAND.slug, owner: "creative@kestrel.example", source: "winnow demo seed" };
  return [
    ...shoes.map(([key, name, spec]) => ({
      key,
      render: () => toJpeg(productShoeSvg(spec)),
      meta: {
        ...base,
        name,
        kind: "product" as const,
        category: key.startsWith("trail") ? "trail shoes" : "road shoes",
        useCase: "product hero",
        description: `Studio product shot of the ${name} running shoe on a seamless backdrop.`,
        rightsHolder: "Kestrel Run Co.",
        metadata: { product: key.replace(/-[a-z]+$/, ""), colorway: key.split("-").pop() },
      },
    })),
    {
      key: "bottle-flow-ember",
      render: () => toJpeg(productBottleSvg("#FF5A1F", "FLOW", ["#FFFFFF", "#EEE7DD"])),
      meta: {
        ...base,
        name: "Flow bottle — Ember",
        kind: "product",
        category: "accessories",
        useCase: "product hero",
        description: "Insulated running bottle, ember orange.",
        rightsHolder: "Kestrel Run Co.",
      },
    },
    ...scenes.map(([key, name, category, spec]) => ({
      key,
      render: () => toJpeg(sceneSvg(spec)),
      meta: {
        ...base,
        name,
        kind: "scene" as const,
        category,
        useCase: "background",
        description: `${name}: landscape background for running ads.`,
        rightsHolder: "Winnow demo studio",
        rightsExpiresAt: inOneYear(),
      },
    })),
    ...talent.map(([key, name, spec, person]) => ({
      key,
      render: () => toJpeg(talentSvg(spec)),
      meta: {
        ...base,
        name,
        kind: "talent" as const,
        category: "athlete",
        useCase: "lifestyle",
        description: `${person}, sponsored runner, ${spec.pose === "run" ? "mid-stride" : "standing"} in a ${spec.shirt} top.`,
        rightsHolder: person,
        rightsExpiresAt: inOneYear(),
        usageNotes: "Paid social and web only; no print.",
      },
    })),
    {
      key: "logo-primary",
      render: () => toPng(logoSvg("#FF5A1F", "#15171C")),
      meta: {
        ...base,
        name: "Kestrel logo — primary",
        kind: "logo",
        category: "logo",
        useCase: "brand mark",
        description: "Primary wordmark with wing chevron, for light backgrounds.",
        rightsHolder: "Kestrel Run Co.",
      },
    },
    {
      key: "logo-reversed",
      render: () => toPng(logoSvg("#FF5A1F", "#FFC845", true)),
      meta: {
        ...base,
        name: "Kestrel logo — reversed",
        kind: "logo",
        category: "logo",
        useCase: "brand mark",
        description: "Reversed wordmark for dark backgrounds.",
        rightsHolder: "Kestrel Run Co.",
      },
    },
    {
      key: "ref-energy-palette",
      render: () => toJpeg(moodSvg(["#FF5A1F", "#FFC845", "#15171C", "#F4F1EA"])),
      meta: {
        ...base,
        name: "Mood — high energy",
        kind: "reference",
        category: "moodboard",
        useCase: "art direction",
        description: "Bold, energetic palette reference with motion lines.",
      },
    },
    {
      key: "ref-calm-outdoors",
      render: () => toJpeg(moodSvg(["#2E7D6B", "#8DA9C4", "#F1FAEE", "#6B4F3A"])),
      meta: {
        ...base,
        name: "Mood — calm outdoors",
        kind: "reference",
        category: "moodboard",
        useCase: "art direction",
        description: "Muted greens and blues for trail and nature stories.",
      },
    },
  ];
}
