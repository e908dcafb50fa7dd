# .LOW_RESOLUTION_TIME is accepted and does not change a simple build.
.LOW_RESOLUTION_TIME: out
out: ; @echo build out
