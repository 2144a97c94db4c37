import type { ReviewRequestView } from "../core/review/types.ts";
import type { Services } from "../server/services.ts";
import type { ReviewCard } from "./blocks.ts";
import { lookUpRefs } from "./render/names.ts";
import { idsIn } from "./render/refs.ts";

/** A review card's names: the asset under review and what its subject and reasons mention, with dashboard links. */
export async function namedCard(services: Services, request: ReviewRequestView): Promise<ReviewCard> {
  const asset = request.assetId ? await services.library.get(request.assetId).catch(() => undefined) : undefined;
  const refs = await lookUpRefs(services, idsIn(request.id, request.subjectId, request.assetId, request.reasons));
  return { request, assetName: asset?.name, refs };
}
