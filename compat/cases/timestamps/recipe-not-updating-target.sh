# A recipe that does not update its target: make re-checks the mtime, sees no change, and does not remake dependents.
cat > Makefile <<'M'
top: mid ; @echo top remade
mid: src ; @echo mid recipe ran
M
touch -d '2020-01-01 00:00:00' mid top
touch -d '2020-01-02 00:00:00' src
make; echo "exit=$?"
