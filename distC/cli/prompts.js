/** Yes/no question through enquirer (loaded lazily). Ctrl-C answers no. */
export async function confirmPrompt(io, message, initial) {
    const { default: Enquirer } = await import('enquirer');
    try {
        const answer = (await Enquirer.prompt({
            type: 'confirm',
            name: 'value',
            message,
            initial,
            stdin: io.stdin,
            stdout: io.stdout,
        }));
        return answer.value;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=prompts.js.map