# Under -k every `::` rule of a file is tried, whatever became of the ones before (missing
# prerequisites or a failed recipe); the file counts as failed for its dependents.
printf 'a:: nob1\n\techo 1\na:: nob2\n\techo 2\na::\n\techo 3\n' > d1.mk
make -k -f d1.mk; echo "exit=$?"
printf 'all: a\n\techo all\na::\n\tfalse\na::\n\techo 3\n' > d3.mk
make -k -f d3.mk; echo "exit=$?"
make -f d3.mk; echo "exit=$?"
make -k -j3 -f d3.mk; echo "exit=$?"
