# --debug=v under -j: still-running files, prerequisites being made, :: rules considered
# already, recipes being run
#| args: --debug=v -j2 y
#| normalise: banner
x:: ; @sleep 0.2; echo x1
x:: ; @sleep 0.1; echo x2
y: x ; @sleep 0.1; echo y
