import type { ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useSplitSizes } from './use-split-sizes';

/**
 * Sidebar | work area. The document never scrolls: each pane does. On narrow
 * screens the sidebar is a drawer over the work area.
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
  if (drawer) {
    return (
      <div className="workspace">
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
        {drawerOpen && <div className="drawer-scrim" aria-hidden="true" onClick={onCloseDrawer} />}
        <main id="main" className="main">
          {children}
        </main>
      </div>
    );
  }
  return (
    <Group
      orientation="horizontal"
      className="workspace"
      defaultLayout={layout.defaultLayout}
      onLayoutChanged={layout.onLayoutChanged}
    >
      <Panel
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
      <Separator className="splitter" aria-label="Resize the sidebar" />
      <Panel id="main-panel" minSize="420px">
        <main id="main" className="main">
          {children}
        </main>
      </Panel>
    </Group>
  );
}
