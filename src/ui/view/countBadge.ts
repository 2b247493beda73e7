/**
 * A count badge ("+562 more") on the corner of an exit cluster: bold text on a white rounded
 * rectangle with a dark edge, so it reads over the glyphs it partly covers. The text is only
 * re-rasterised when the count changes.
 */
import { Container, Graphics, Text, type TextStyle } from 'pixi.js';
import { INK } from './palette';
import { foldBadgeText } from './sampleCap';
import { setText, TEXT_RESOLUTION } from './textStyles';

/** Padding around the badge text, world units. */
const PAD_X = 3, PAD_Y = 1;

/** A badge anchored by its bottom-right corner. */
export class CountBadge {
  /** The badge's display objects. */ public readonly root = new Container();
  private readonly _text: Text;
  private readonly _back = new Graphics();
  private _count = -1;

  /** A hidden badge whose bottom-right corner is at (right, bottom). */
  public constructor(style: TextStyle, right: number, bottom: number) {
    this._text = new Text({ text: '', style, resolution: TEXT_RESOLUTION });
    this._text.anchor.set(1, 1);
    this._text.position.set(-PAD_X, -PAD_Y);
    this.root.addChild(this._back, this._text);
    this.root.position.set(right, bottom);
    this.root.visible = false;
  }

  /** Shows `count` (hidden at 0). */
  public show(count: number): void {
    if (count === this._count) return;
    this._count = count;
    this.root.visible = count > 0;
    if (count <= 0) return;
    setText(this._text, foldBadgeText(count));
    const w = this._text.width + 2 * PAD_X, h = this._text.height + 2 * PAD_Y;
    this._back.clear().roundRect(-w, -h, w, h, 3).fill(INK.paper).stroke({ width: 1, color: INK.outline });
  }
}
