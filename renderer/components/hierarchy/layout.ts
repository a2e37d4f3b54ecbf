import dagre from "@dagrejs/dagre";
import type { Edge, Node } from "@xyflow/react";
import type { Hierarchy, HierarchyNode } from "../../../shared/queries";

/** The size every node is drawn at (the layout needs it before React measures anything). */
export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 58;

/** The data a drawn node carries: the hierarchy node itself. */
// Not "group": React Flow has a built-in node type of that name, with its own styles.
export type PictureNode = Node<{ node: HierarchyNode }, "hierarchy-group" | "hierarchy-more">;

/**
 * Places the nodes with dagre, containing groups above contained ones (top to bottom), and gives
 * React Flow its nodes and edges. Positions are the nodes' top-left corners.
 */
export function layoutHierarchy(hierarchy: Hierarchy): { nodes: PictureNode[]; edges: Edge[] } {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 44, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of hierarchy.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: node.kind === "more" ? 36 : NODE_HEIGHT });
  for (const edge of hierarchy.edges) graph.setEdge(edge.from, edge.to);
  dagre.layout(graph);
  const nodes: PictureNode[] = hierarchy.nodes.map((node) => {
    const placed = graph.node(node.id);
    const height = node.kind === "more" ? 36 : NODE_HEIGHT;
    return {
      id: node.id,
      type: node.kind === "group" ? "hierarchy-group" : "hierarchy-more",
      position: { x: placed.x - NODE_WIDTH / 2, y: placed.y - height / 2 },
      data: { node },
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
    };
  });
  const edges: Edge[] = hierarchy.edges.map((edge) => ({
    id: `${edge.from}→${edge.to}`,
    source: edge.from,
    target: edge.to,
    focusable: false,
    selectable: false,
  }));
  return { nodes, edges };
}
