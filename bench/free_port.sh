# Sourced by the benchmarks that start servers on loopback. free_port prints a random port below
# the kernel's ephemeral range (/proc/sys/net/ipv4/ip_local_port_range, 32768 and up by default)
# with the port after it: a client connection of the run, or its TIME_WAIT after closing, takes
# its own port from that range and could hold a port picked inside it when the server binds
# (nginx once failed so, at the end of a whole test run).
free_port() {
    local low
    low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    [ "${low:-0}" -gt 12000 ] || low=32768
    echo $(( 10000 + RANDOM % (low - 11000) ))
}
