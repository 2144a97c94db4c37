/**
 * What the router's reader learns from and reads with, beyond a message's words: a labelled message (generated into
 * router-trained.ts from the blind corpora's tuning halves) and the thread around a message.
 */
export interface ReaderContext {
  /** The tool the thread's last call used ("same but tiktok only" after a ranking). */
  after?: string;
  /** The message is in a review card's thread. */
  card?: boolean;
  /** A file was shared with the message. */
  file?: "image" | "csv";
}

export interface TrainedExample extends ReaderContext {
  /** Which labelled set it came from ("blind", "blind2"), so a bench can train on one and score on another. */
  corpus: string;
  /** The tool the message asked for; `none` for an ask that is not Winnow's. */
  tool: string;
  /** The message with the workspace's names read as placeholders ({experiment}, {audience}…). */
  text: string;
}
