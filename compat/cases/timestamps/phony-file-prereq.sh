# A phony target's file prerequisites are still updated, and the phony recipe always runs.
printf '.PHONY: all\nall: out\n\t@echo phony recipe\nout: in\n\t@echo build out; touch out\n' > Makefile
touch -d '2020-01-01 00:00:00' in
make; echo "exit=$?"
make; echo "exit=$?"
