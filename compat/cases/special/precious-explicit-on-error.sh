# .PRECIOUS targets are not deleted by .DELETE_ON_ERROR; others are, with a "Deleting file" message.
printf '.DELETE_ON_ERROR:\n.PRECIOUS: keep\nall: keep\nkeep lose:\n\t@echo x > $@; exit 1\n' > Makefile
make -k keep lose; echo "exit=$?"
ls
