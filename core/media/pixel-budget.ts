/**
 * A counting semaphore weighted by pixels: work waits, in arrival order, until its pixels fit beside those already in
 * flight. Work larger than the whole budget runs alone rather than never.
 */
export class PixelBudget {
  private inUse = 0;
  private readonly waiting: { pixels: number; start: () => void }[] = [];

  constructor(private readonly capacity: number) {}

  async run<T>(pixels: number, work: () => Promise<T>): Promise<T> {
    const weight = Math.min(pixels, this.capacity);
    if (this.waiting.length > 0 || this.inUse + weight > this.capacity) {
      await new Promise<void>((start) => this.waiting.push({ pixels: weight, start }));
    } else this.inUse += weight;
    try {
      return await work();
    } finally {
      this.inUse -= weight;
      this.admit();
    }
  }

  private admit() {
    while (this.waiting.length > 0 && this.inUse + this.waiting[0]!.pixels <= this.capacity) {
      const next = this.waiting.shift()!;
      this.inUse += next.pixels;
      next.start();
    }
  }
}
