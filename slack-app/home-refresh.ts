import type { WebClient } from "@slack/web-api";
import type { Services } from "../server/services.ts";
import { homeView } from "./blocks.ts";
import { loadHomeData } from "./home-data.ts";

/** A Slack user id (U…/W…), from a bare id or an actor ref like "slack:U123"; other actors (mcp, api) have no Home. */
export function slackUserOf(ref: string | null | undefined): string | undefined {
  const id = ref?.replace(/^slack:/, "");
  return id && /^[UW][A-Z0-9]{2,}$/.test(id) ? id : undefined;
}

/** Publishes the current App Home to each of these users; one failing user does not stop the others. */
export async function publishHomes(services: Services, client: WebClient, refs: (string | null | undefined)[]) {
  const users = [...new Set(refs.map(slackUserOf).filter((u): u is string => Boolean(u)))];
  if (!users.length) return;
  // Each person's Home shows their own brands, so each is drawn for them.
  for (const user_id of users) {
    const view = homeView(await loadHomeData(services, user_id));
    await client.views.publish({ user_id, view }).catch((error: unknown) => {
      services.logger.warn("app home refresh failed", { user: user_id, error: String(error) });
    });
  }
}

const approversOf = (services: Services, brandId: string | null | undefined) => services.reviews.approversOf(brandId);

/**
 * Keeps App Home current for the people it concerns: a new or decided review request refreshes the brand's approvers
 * and the requester; a promotion refreshes the approvers, whoever promoted and whoever asked for its approval.
 */
export function registerHomeRefresh(services: Services, client: WebClient): () => void {
  const onReview = services.reviews.onCreated(async (request) =>
    publishHomes(services, client, [...(await approversOf(services, request.brandId)), request.requestedBy]),
  );
  const onDecision = services.reviews.onDecided(async (request) =>
    publishHomes(services, client, [...(await approversOf(services, request.brandId)), request.requestedBy]),
  );
  const onPromotion = services.promotion.onPromoted(async (outcome, actor) => {
    try {
      const winner = await services.library.get(outcome.winnerAssetId).catch(() => undefined);
      const review = outcome.reviewRequestId
        ? await services.reviews.get(outcome.reviewRequestId).catch(() => undefined)
        : undefined;
      await publishHomes(services, client, [
        ...(await approversOf(services, winner?.brandId)),
        actor,
        review?.requestedBy,
      ]);
    } catch (error) {
      services.logger.warn("app home refresh after promotion failed", { error: String(error) });
    }
  });
  return () => {
    onReview();
    onDecision();
    onPromotion();
  };
}
