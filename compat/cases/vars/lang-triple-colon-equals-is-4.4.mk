# :::= arrived in GNU make 4.4; 4.3 reads `X :::= y` as a rule line, whose
# target-specific part `:= y` has no variable name
X :::= y
all: ; @echo [$(X)]
