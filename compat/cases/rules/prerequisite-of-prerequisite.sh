# Rebuilding a deep prerequisite propagates up the chain.
cat > Makefile <<'M'
top: mid ; @echo top; touch top
mid: leaf ; @echo mid; touch mid
M
touch -d '2020-01-01 00:00:00' leaf
touch -d '2020-01-02 00:00:00' mid
touch -d '2020-01-03 00:00:00' top
make; echo "exit=$?"
touch -d '2020-01-04 00:00:00' leaf
make; echo "exit=$?"
