package org.latih.app.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets a process listens on, read from Linux's /proc as {@code ss -ltnp} would: the
 * socket inodes among the process's open files, looked up in its network namespace's tcp and tcp6
 * tables. Needs no tool installed and sees every listener, Payara's own included.
 */
final class ListeningSockets {

  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  static List<InetSocketAddress> of(long pid) throws IOException {
    Set<String> inodes = socketInodes(pid);
    List<InetSocketAddress> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "net", table));
      for (String line : lines.subList(1, lines.size())) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        String[] f = line.trim().split("\\s+");
        if (f[3].equals(LISTEN) && inodes.contains(f[9])) {
          listening.add(address(f[1]));
        }
      }
    }
    return listening;
  }

  private static Set<String> socketInodes(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", "" + pid, "fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while we listed them is no listener
        }
      }
    }
    return inodes;
  }

  /** "0100007F:1F90" (tcp) or 32 hex digits and a port (tcp6), each 32-bit word little-endian. */
  private static InetSocketAddress address(String hex) throws IOException {
    String[] parts = hex.split(":");
    byte[] raw = HexFormat.of().parseHex(parts[0]);
    for (int word = 0; word < raw.length; word += 4) {
      for (int i = 0; i < 2; i++) {
        byte swap = raw[word + i];
        raw[word + i] = raw[word + 3 - i];
        raw[word + 3 - i] = swap;
      }
    }
    return new InetSocketAddress(InetAddress.getByAddress(raw), Integer.parseInt(parts[1], 16));
  }
}
