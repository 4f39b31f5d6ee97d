export const HELP = `ftdb — turn a folder of documents into fine-tuning datasets

Usage:
  ftdb                                   interactive menu
  ftdb run [options]                     build a dataset from config.yaml
  ftdb plan [options]                    show what a run will do and cost (no LLM calls)
  ftdb validate FILE.jsonl --provider P --model M [--validation] [--llama-format F] [--config FILE]
                                         check a JSONL file against a provider's rules
                                         (--validation: it is a validation file, with its own limits)
  ftdb stats [DATASET] [--config FILE] [--json]
                                         statistics of a dataset (latest when omitted) or list them
  ftdb export DATASET [--csv] [--out DIR] [--config FILE]
                                         rewrite a dataset's JSONL (and CSV) from the database
  ftdb models [PROVIDER]                 target models and their limits
  ftdb init [DIR]                        write a starter config.yaml, .env.example, prompts/ and folders

Run / plan options:
  -c, --config FILE      config file (default: ./config.yaml)
  --mode MODE            create | identify | hybrid | free
  --provider P           target: openai | anthropic | google | mistral | llama
  --model M              target model, e.g. gpt-4o-mini-2024-07-18
  --size N               dataset_size
  --output-name NAME     folder under output_datasets/
  --agentic-llm P        LLM that does the work: openai | anthropic | google | mistral | llama
  --agentic-model M      its model name, passed to the API as given
  --input DIR            input folder (default: input_files/ beside the config)
  --resume ID|last       continue an interrupted dataset
  --force                resume even though inputs or the target changed
  -y, --yes              do not ask for confirmation
  --json                 print the run summary as JSON
  --debug                print stack traces and error causes

Exit status: 0 success, 1 run failed or invalid data, 2 bad usage or configuration.
Environment: API keys and base URLs come from the environment or .env (see .env.example). NO_COLOR turns colors off.
`;
//# sourceMappingURL=help.js.map