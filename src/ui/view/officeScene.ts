/**
 * One office region on the canvas: the static backdrop and labels, and the parts that change each
 * day (declaration and lane counts, unit figures and station status). A thin renderer over
 * `OfficeLayout` and the pure text and figure functions.
 */
import { Container, Graphics, Sprite, Text } from 'pixi.js';
import type { LaneName, OfficeView, QueueView, ResourceKindKey } from '../../sim';
import type { OfficeLayout, StationKind } from './officeLayout';
import type { ScreeningKind } from './screeningKind';
import type { TextStyles } from './textStyles';
import { formatCount } from '../format';
import { drawModeIcon, MODE_LABELS } from './modeIcon';
import { drawOfficeBackdrop } from './officeBackdrop';
import { STATIONS } from './officeLayout';
import { INK } from './palette';
import { setText, TEXT_RESOLUTION } from './textStyles';
import { drawFigureRow, FIGURE_ROW_HEIGHT } from './figureRow';
import { stationStatus } from './unitFigures';
import { laneCountText } from './laneCountText';

/** Station titles and the resources (one figure row each) they show. */
const STATION_PARTS: Readonly<Record<StationKind, { title: string; rows: readonly ResourceKindKey[] }>> = {
  documentary: { title: 'Document officers', rows: ['documentary'] },
  scan: { title: 'Scanners + analysts', rows: ['scan', 'analysis'] },
  dog: { title: 'Dog teams', rows: ['dog'] },
  physical: { title: 'Exam teams', rows: ['physical'] },
  audit: { title: 'Auditors', rows: ['audit'] },
};

/** Short lane names for the row labels. */
const ROW_LABELS: Readonly<Record<LaneName, [string, string]>> = {
  green: ['Green', 'release'], yellow: ['Yellow', 'document check'], red: ['Red', 'physical exam'], blue: ['Blue', 'release, then audit'],
};

/** Exit cluster captions. */
const EXIT_LABELS: Readonly<Record<LaneName, string>> = { green: 'released', yellow: 'cleared', red: 'cleared or seized', blue: '' };

/** The canvas objects of one office. */
export class OfficeScene {
  /** Everything of this office, in world coordinates. */ public readonly root = new Container();
  private readonly _layout: OfficeLayout;
  private readonly _subtitle: Text;
  private readonly _laneCounts: Text[] = [];
  private readonly _status = new Map<StationKind, Text>();
  private readonly _figures = new Graphics();
  private readonly _extras: Text[] = [];
  private readonly _styles: TextStyles;
  private readonly _still: Container;

  /**
   * Builds the office's static drawing and labels; `bake` turns the parts that never change into
   * one display object (an image of them; see AdministrationScene).
   */
  public constructor(layout: OfficeLayout, office: OfficeView, styles: TextStyles, bake: (still: Container) => Container) {
    this._layout = layout;
    this._styles = styles;
    const still = new Container();
    const backdrop = new Graphics();
    drawOfficeBackdrop(backdrop, layout);
    const icon = new Graphics();
    drawModeIcon(icon, office.mode, layout.modeIcon, INK.muted);
    still.addChild(backdrop, icon);
    this._text(still, office.name, styles.title, layout.title.x, layout.title.y);
    this._subtitle = this._text(this.root, '', styles.subtitle, layout.title.x, layout.title.y + 22);
    this._text(still, 'Arrivals', styles.small, layout.entry.x, layout.entry.y - 34, 0.5, 1);
    this._text(still, 'Targeting', styles.small, layout.targeting.x, layout.targeting.y + 12, 0.5, 0);
    for (const lane of layout.lanes) {
      const [name, meaning] = ROW_LABELS[lane.lane];
      this._text(still, name, styles.lane, lane.label.x + 2, lane.label.y);
      this._text(still, meaning, styles.small, lane.label.x + 2, lane.label.y + 16);
      this._laneCounts.push(this._text(this.root, '', styles.small, lane.label.x + 2, lane.label.y + 29));
      if (EXIT_LABELS[lane.lane]) this._text(still, EXIT_LABELS[lane.lane], styles.small, lane.exit.x - 2, lane.exit.y - 4, 0, 1);
    }
    for (const kind of STATIONS) {
      const box = layout.stations[kind].box;
      this._text(still, STATION_PARTS[kind].title, styles.station, box.x + 6, box.y + 3);
      this._status.set(kind, this._text(this.root, '', styles.status, box.x + 6, box.y + box.height - 3, 0, 1));
    }
    // What never changes (backdrop, icon, names: some 30 shapes and 25 labels) becomes one image,
    // drawn with one call a frame instead of every shape filled and every label copied again.
    const baked = bake(still);
    this._still = baked;
    this.root.addChildAt(baked, 0);
    this.root.addChildAt(this._figures, 1);
    this.update(office, 'scan');
  }

  private _text(parent: Container, text: string, style: TextStyles[keyof TextStyles], x: number, y: number, ax = 0, ay = 0): Text {
    const t = new Text({ text, style, resolution: TEXT_RESOLUTION });
    t.anchor.set(ax, ay);
    t.position.set(x, y);
    parent.addChild(t);
    return t;
  }

  /** Shows the office's counts, figures and statuses of the last day; dims the unused screening. */
  public update(office: OfficeView, screening: ScreeningKind): void {
    setText(this._subtitle, `${MODE_LABELS[office.mode] ?? office.mode} · ${formatCount(office.declarations)} declarations on the day`);
    this._layout.lanes.forEach((lane, i) => {
      const hours = lane.lane === 'yellow' ? office.inspectedHours.yellow : lane.lane === 'red' ? office.inspectedHours.red : null;
      setText(this._laneCounts[i], laneCountText(office.lanes[i] ?? 0, office.laneCapacity[i] ?? 0, hours));
    });
    this._figures.clear();
    let extra = 0;
    for (const kind of STATIONS) {
      const s = this._layout.stations[kind], parts = STATION_PARTS[kind];
      const queues: QueueView[] = parts.rows.map((r) => office.queues[r]);
      setText(this._status.get(kind)!, stationStatus(queues));
      const unused = (kind === 'scan' || kind === 'dog') && screening !== kind;
      queues.forEach((q, row) => {
        const y = s.box.y + 18 + row * FIGURE_ROW_HEIGHT;
        const more = drawFigureRow(this._figures, q, s.box.x + 6, y, s.box.width - 12, s.lane, parts.rows[row] === 'scan' ? 'machine' : 'person', unused);
        const label = this._extras[extra] ?? this._text(this.root, '', this._styles.count, 0, 0, 0, 0);
        this._extras[extra++] = label;
        label.visible = more.extra > 0;
        if (more.extra > 0) { setText(label, `+${more.extra}`); label.position.set(more.x, y); }
      });
    }
  }

  /** Destroys the office's display objects. */
  public destroy(): void {
    if (this._still instanceof Sprite) this._still.texture.destroy(true);
    this.root.destroy({ children: true });
  }
}
