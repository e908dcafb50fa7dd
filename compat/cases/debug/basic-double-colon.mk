# --debug=b: each :: rule is considered on its own; one without prerequisites always runs
#| args: --debug=b
#| normalise: banner
all: x y
x:: ; @echo x1
x:: ; @echo x2
y:: z ; @echo y1
y:: ; @echo y2
z: ; @:
