/*
 * neo4j-admin's importer in a JVM that is started before its files are written, and that warms
 * up meanwhile, so that the import itself starts at speed once they are.
 *
 * Usage: java -cp "classes:lib/*" WarmImporter <neo4jHome>, in the folder the files are written to.
 * It first imports a few rows of its own into a throwaway home, then reads the arguments of
 * `neo4j-admin database import full` from stdin, one per line, ended by an empty line, runs
 * that import into <neo4jHome> with the importer's output on its own stdout and stderr, and
 * exits with the importer's exit code. It exits with 0 and imports nothing when stdin ends
 * before the empty line: the parent gave up (or died) before its files were ready.
 *
 * Why: on 2 cores the importer's JVM took 1.4 s to start and its code ran slowly for another
 * 1.5 s or so; after a two-row import in the same JVM, the import of 1,000 synthetic documents
 * took 5.2 s instead of 8.3. The parent writes its CSV files on one core meanwhile.
 */
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

public final class WarmImporter {
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WarmImporter <neo4jHome>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    warmUp();

    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<String> importArgs = new ArrayList<>();
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isEmpty()) {
        System.exit(importInto(home, System.out, System.err, importArgs));
      }
      importArgs.add(line);
    }
    System.exit(0);
  }

  private static int importInto(Path home, PrintStream out, PrintStream err, List<String> importArgs) {
    List<String> command = new ArrayList<>(List.of("database", "import", "full"));
    command.addAll(importArgs);
    ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, err, new DefaultFileSystemAbstraction());
    return AdminTool.execute(context, command.toArray(String[]::new));
  }

  /**
   * A two-row import of the column types the real one has, into a throwaway home: it loads and
   * compiles the importer's code. Whatever goes wrong here only costs the warm-up.
   */
  private static void warmUp() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("policy-graph-import-warm-up-");
      Files.writeString(dir.resolve("nodes.csv"), "id:ID,name,aliases:string[],amount:double\n\"a\",\"甲\",\"x\u001fy\",1.5\n\"b\",\"乙\",\"z\",2\n");
      Files.writeString(dir.resolve("relationships.csv"), ":START_ID,:END_ID,quote,start:double,starts:double[]\n\"a\",\"b\",\"引文\",3,4\u001f5\n");
      PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
      importInto(dir, silent, silent, List.of(
          "warm-up",
          "--nodes=Node=" + dir.resolve("nodes.csv"),
          "--relationships=EDGE=" + dir.resolve("relationships.csv"),
          "--array-delimiter=U+001F"));
    } catch (IOException | RuntimeException e) {
      // The real import does not need the warm-up; it is only slower without it.
    } finally {
      if (dir != null) deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover folder in the temporary directory; the system cleans those.
    }
  }
}
