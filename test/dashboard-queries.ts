import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dashboardsDir = join(__dirname, '..', 'infra', 'grafana', 'dashboards');

interface Panel {
  title: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}
const panelsOf = (panels: Panel[]): Panel[] => panels.flatMap((panel) => [panel, ...panelsOf(panel.panels ?? [])]);

/** Every query of every Grafana dashboard (infra/grafana/dashboards), with its file and panel. */
export const dashboardQueries = (): { file: string; panel: string; expr: string }[] =>
  readdirSync(dashboardsDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((file) => {
      const dashboard = JSON.parse(readFileSync(join(dashboardsDir, file), 'utf8')) as { panels: Panel[] };
      return panelsOf(dashboard.panels).flatMap((panel) => (panel.targets ?? []).map(({ expr }) => ({ file, panel: panel.title, expr })));
    });
