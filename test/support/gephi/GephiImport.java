import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports each file named on the command line with Gephi's own importer and default settings
 * (what File > Open does before the user touches the import report), each into a workspace of
 * its own, and prints what Gephi made of it as one JSON object per line, for
 * test/integration/gephi.test.ts. One JVM for every file, because starting Gephi's module
 * lookup costs more than the imports.
 */
public final class GephiImport {
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    pc.newProject();
    for (String path : args) {
      Workspace ws = pc.newWorkspace(pc.getCurrentProject());
      Container container = importer.importFile(new File(path));
      if (container == null) throw new IllegalStateException("Gephi found no importer for " + path);
      importer.process(container, new DefaultProcessor(), ws);
      GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(ws);
      Graph graph = model.getGraph();
      StringBuilder sb = new StringBuilder();
      sb.append("{\"file\":").append(json(path)).append(",\"directed\":").append(model.isDirected()).append(",\"nodes\":[");
      boolean first = true;
      for (Node n : graph.getNodes()) {
        if (!first) sb.append(',');
        first = false;
        sb.append("{\"id\":").append(json(String.valueOf(n.getId())))
          .append(",\"label\":").append(json(n.getLabel()))
          .append(",\"type\":").append(json(attribute(n, "type")))
          .append(",\"x\":").append(n.x()).append(",\"y\":").append(n.y()).append(",\"size\":").append(n.size())
          .append(",\"r\":").append(n.r()).append(",\"g\":").append(n.g()).append(",\"b\":").append(n.b()).append('}');
      }
      sb.append("],\"edges\":[");
      first = true;
      for (Edge e : graph.getEdges()) {
        if (!first) sb.append(',');
        first = false;
        sb.append("{\"id\":").append(json(String.valueOf(e.getId())))
          .append(",\"source\":").append(json(String.valueOf(e.getSource().getId())))
          .append(",\"target\":").append(json(String.valueOf(e.getTarget().getId())))
          .append(",\"label\":").append(json(e.getLabel()))
          .append(",\"weight\":").append(e.getWeight()).append('}');
      }
      sb.append("]}");
      out.println(sb);
    }
    System.exit(0);
  }

  /** A node's value in the column titled `title` (Gephi names columns by the file's key ids). */
  private static String attribute(Node n, String title) {
    for (Column c : n.getTable()) {
      if (c.getTitle().equalsIgnoreCase(title) && !c.isProperty()) {
        Object v = n.getAttribute(c);
        return v == null ? null : v.toString();
      }
    }
    return null;
  }

  private static String json(String s) {
    if (s == null) return "null";
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
