# A real file depending on a phony target is always remade.
touch -d '2020-01-01 00:00:00' out
printf '.PHONY: force\nout: force\n\t@echo rebuilding out\nforce:\n' > Makefile
make; echo "exit=$?"
