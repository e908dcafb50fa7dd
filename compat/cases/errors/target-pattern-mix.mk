# Mixing implicit and normal targets in one rule: 4.3 prints a non-fatal "deprecated syntax" error and ignores the rule.
a %.o: ; @:
