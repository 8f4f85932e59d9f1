import { nl } from '../../../messages/nl.ts';
import type { IndicatorStatus } from '../../../model/site-model.ts';

/** How a status looks: its words, a colour (tone) and an icon, so colour is never the only signal. */
export interface StatusView {
  id: IndicatorStatus;
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'none';
  icon: 'check' | 'arrow' | 'warning' | 'cross' | 'down' | 'dash';
}

const STATUS_LOOK: Record<IndicatorStatus, Pick<StatusView, 'tone' | 'icon'>> = {
  achieved: { tone: 'ok', icon: 'check' },
  'on-track': { tone: 'ok', icon: 'arrow' },
  behind: { tone: 'warn', icon: 'warning' },
  'off-track': { tone: 'bad', icon: 'down' },
  'not-achieved': { tone: 'bad', icon: 'cross' },
  'no-data': { tone: 'none', icon: 'dash' },
};

/** The order statuses are summed up in: best first. */
export const STATUS_ORDER: readonly IndicatorStatus[] = ['achieved', 'on-track', 'behind', 'off-track', 'not-achieved', 'no-data'];

/** A status with its words, tone and icon. */
export function statusView(status: IndicatorStatus): StatusView {
  return { id: status, label: nl.status[status], ...STATUS_LOOK[status] };
}
