// Loaded with `node --import ./bench/peak-rss-hook.mjs <script>`: when the process exits, writes its peak resident
// set size to the file named by BENCH_PEAK_RSS_FILE. VmHWM (/proc/self/status) is this process image's own peak;
// process.resourceUsage().maxRSS would also carry the parent's RSS at fork time (Linux keeps ru_maxrss across execve,
// getrusage(2) NOTES), so it is only the fallback where /proc is missing.
import { readFileSync, writeFileSync } from 'node:fs';

const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) {
  process.on('exit', () => {
    let peakKb = process.resourceUsage().maxRSS;
    let source = 'maxRSS';
    try {
      const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
      if (line) {
        peakKb = Number.parseInt(line.slice(6).trim(), 10);
        source = 'VmHWM';
      }
    } catch {
      // no /proc: keep maxRSS
    }
    writeFileSync(target, JSON.stringify({ peakKb, source }));
  });
}
