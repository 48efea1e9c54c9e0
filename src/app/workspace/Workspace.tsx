import type { ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useSplitSizes } from './use-split-sizes';

/**
 * Sidebar | work area. The document never scrolls: each pane does. On narrow
 * screens the sidebar is a drawer over the work area. The work area keeps its
 * place in the tree (keyed) when the sidebar turns into a drawer and back, so
 * open tabs keep their values and responses across the switch.
 */
export function Workspace({
  sidebar,
  children,
  drawer,
  drawerOpen,
  onCloseDrawer,
}: {
  sidebar: ReactNode;
  children: ReactNode;
  drawer: boolean;
  drawerOpen: boolean;
  onCloseDrawer: () => void;
}) {
  const layout = useSplitSizes('sidebar', ['sidebar-panel', 'main-panel']);
  return (
    <div className="workspace">
      {drawer && (
        <aside
          id="sidebar"
          className="sidebar sidebar-drawer"
          hidden={!drawerOpen}
          aria-label="Methods sidebar"
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCloseDrawer();
          }}
        >
          {sidebar}
        </aside>
      )}
      {drawer && drawerOpen && <div className="drawer-scrim" aria-hidden="true" onClick={onCloseDrawer} />}
      <Group
        orientation="horizontal"
        className="workspace-panes"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        {!drawer && (
          <Panel
            key="sidebar"
            id="sidebar-panel"
            defaultSize="300px"
            minSize="220px"
            maxSize="45%"
            groupResizeBehavior="preserve-pixel-size"
          >
            <aside id="sidebar" className="sidebar" aria-label="Methods sidebar">
              {sidebar}
            </aside>
          </Panel>
        )}
        {!drawer && <Separator key="separator" className="splitter" aria-label="Resize the sidebar" />}
        <Panel key="main" id="main-panel" minSize={drawer ? undefined : '420px'}>
          <main id="main" className="main">
            {children}
          </main>
        </Panel>
      </Group>
    </div>
  );
}
