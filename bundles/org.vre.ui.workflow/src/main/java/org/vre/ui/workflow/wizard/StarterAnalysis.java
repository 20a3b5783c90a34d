package org.vre.ui.workflow.wizard;

/** The files a new analysis starts with: a reana.yaml with one step, the script it runs. */
final class StarterAnalysis {

    private StarterAnalysis() {
    }

    static final String REANA_YAML = """
            # A new analysis. Draw steps in the Diagram page, fill them in on the Form page, or write YAML here.
            version: 0.9.0
            inputs:
              files:
                - code/analyse.py
              parameters:
                events: 1000   # how many events to generate
            workflow:
              type: serial
              specification:
                steps:
                  - name: analyse
                    environment: docker.io/library/python:3.12-slim
                    commands:
                      - mkdir -p results
                      - python code/analyse.py --events ${events} --output results/summary.txt
            outputs:
              files:
                - results/summary.txt
            """;

    static final String ANALYSE_PY = """
            \"\"\"Generates events and writes their summary: replace with the analysis.\"\"\"
            import argparse
            import random

            parser = argparse.ArgumentParser()
            parser.add_argument("--events", type=int, default=1000)
            parser.add_argument("--output", required=True)
            args = parser.parse_args()

            rng = random.Random(42)
            values = [rng.gauss(125.0, 2.0) for _ in range(args.events)]
            mean = sum(values) / len(values)
            with open(args.output, "w") as out:
                out.write(f"events: {len(values)}\\nmean: {mean:.3f}\\n")
            """;
}
