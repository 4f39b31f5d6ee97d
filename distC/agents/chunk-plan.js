/**
 * Spread `calls` LLM calls over chunks so that no source file dominates: every file gets an equal share of calls
 * (water-filling: a file with few chunks takes at most `perChunkCap` calls per chunk and the rest goes to the
 * others), within a file the calls go to evenly spaced chunks, and files take turns (round-robin), so even a run
 * stopped early has touched every file. After the plan, with `extend`, the planner keeps cycling through all
 * chunks (round-robin over files) for as long as calls are asked for.
 */
export function createChunkPlanner(chunks, calls, options) {
    const plannedVisits = new Map();
    if (chunks.length === 0) {
        let issued = 0;
        return {
            plannedVisits,
            plannedCalls: options.withoutChunks ? calls : 0,
            next() {
                if (!options.withoutChunks)
                    return undefined;
                issued += 1;
                if (issued > calls && !options.extend)
                    return undefined;
                return { visit: issued, planned: issued <= calls };
            },
        };
    }
    const files = groupByFile(chunks);
    const perChunkCap = Math.max(1, Math.ceil(calls / chunks.length));
    const shares = waterFill(files.map((file) => file.length * perChunkCap), calls);
    const perFile = files.map((file, index) => spreadVisits(file, shares[index]));
    const visitsSoFar = new Map();
    const plan = [];
    for (let round = 0; plan.length < calls; round += 1) {
        let added = false;
        for (const visits of perFile) {
            const chunk = visits[round];
            if (chunk === undefined)
                continue;
            const visit = (visitsSoFar.get(chunk.id) ?? 0) + 1;
            visitsSoFar.set(chunk.id, visit);
            plannedVisits.set(chunk.id, visit);
            plan.push({ chunk, visit, planned: true });
            added = true;
        }
        if (!added)
            break;
    }
    let position = 0;
    const cursors = files.map(() => 0);
    let fileTurn = 0;
    return {
        plannedVisits,
        plannedCalls: plan.length,
        next() {
            if (position < plan.length)
                return plan[position++];
            if (!options.extend)
                return undefined;
            const file = files[fileTurn % files.length];
            const cursor = cursors[fileTurn % files.length];
            cursors[fileTurn % files.length] = cursor + 1;
            fileTurn += 1;
            const chunk = file[cursor % file.length];
            const visit = (visitsSoFar.get(chunk.id) ?? 0) + 1;
            visitsSoFar.set(chunk.id, visit);
            return { chunk, visit, planned: false };
        },
    };
}
function groupByFile(chunks) {
    const byFile = new Map();
    for (const chunk of chunks) {
        const list = byFile.get(chunk.sourceFile);
        if (list)
            list.push(chunk);
        else
            byFile.set(chunk.sourceFile, [chunk]);
    }
    return [...byFile.values()];
}
/** Split `total` into equal shares, none above its capacity; what a capped share cannot take goes to the others. */
export function waterFill(capacities, total) {
    const shares = capacities.map(() => 0);
    let remaining = total;
    let open = capacities.map((_, index) => index).filter((index) => capacities[index] > 0);
    while (remaining > 0 && open.length > 0) {
        const even = Math.floor(remaining / open.length);
        if (even === 0) {
            // Fewer calls left than open files: one each, to the files with the most room first.
            open.sort((left, right) => capacities[right] - shares[right] - (capacities[left] - shares[left]) || left - right);
            for (const index of open.slice(0, remaining))
                shares[index] += 1;
            break;
        }
        for (const index of open) {
            const take = Math.min(even, capacities[index] - shares[index]);
            shares[index] += take;
            remaining -= take;
        }
        open = open.filter((index) => shares[index] < capacities[index]);
    }
    return shares;
}
/** `count` visits over one file's chunks: evenly spaced when fewer than the chunks, else whole rounds. */
function spreadVisits(chunks, count) {
    const visits = [];
    for (let done = 0; done < count;) {
        const inRound = Math.min(chunks.length, count - done);
        for (let index = 0; index < inRound; index += 1) {
            visits.push(chunks[Math.floor(((index + 0.5) * chunks.length) / inRound)]);
        }
        done += inRound;
    }
    return visits;
}
//# sourceMappingURL=chunk-plan.js.map