# Under -j the recipes of several included makefiles being remade run at the same time: each
# waits (bounded) for a flag the other one writes.
printf 'include a.mk b.mk\nall:;@echo done\na.mk:\n\t@touch a.flag; for i in $$(seq 50); do [ -f b.flag ] && echo a saw b && break; sleep 0.1; done; echo > $@\nb.mk:\n\t@touch b.flag; for i in $$(seq 50); do [ -f a.flag ] && echo b saw a && break; sleep 0.1; done; echo > $@\n' > Makefile
make -j2 | sort; echo "exit=$?"
rm -f a.flag b.flag a.mk b.mk
printf -- '-include a.mk\ninclude b.mk\nall:;@echo done\na.mk:\n\t@touch a.flag; for i in $$(seq 50); do [ -f b.flag ] && echo a saw b && break; sleep 0.1; done; false\nb.mk:\n\t@touch b.flag; for i in $$(seq 50); do [ -f a.flag ] && echo b saw a && break; sleep 0.1; done; echo > $@\n' > Makefile
make -j2 2>&1 | sort; echo "exit=$?"
