# Local base images for scripts/container-checks.sh (sourced, not run). No image registry is
# needed: a Debian rootfs made with debootstrap from the mirror apt already uses, imported with
# `docker import`, and two images built on it. Images are rebuilt only when missing.
#
#   outrigger-base/debian:bookworm        minbase rootfs, the runtime stage's base
#   outrigger-base/swift:local            that image plus the Swift toolchain on this machine
#                                         (SWIFT_TOOLCHAIN, default /opt/swift), its Debian
#                                         dependencies and the local Swift package mirror
#   outrigger-base/python:bookworm        that image plus python3 and venv, for the test agent
#
# Needs: debootstrap, docker (DOCKER), root. Environment: CONTAINER_STATE (scratch dir).

# Debian packages the Swift toolchain needs to build the package (the set the official
# Debian 12 Swift images install, without the debugger's Python).
SWIFT_BUILD_DEPS="binutils,ca-certificates,git,libc6-dev,libcurl4-openssl-dev,libedit2,libgcc-12-dev,libsqlite3-0,libstdc++-12-dev,libxml2-dev,libncurses-dev,libz3-dev,pkg-config,tzdata,zlib1g-dev"

# The Debian mirror apt is configured with (deb822 or one-line sources), never a fixed host.
debian_mirror() {
    local uri
    uri="$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)"
    if [[ -z "$uri" ]]; then
        uri="$(grep -hE '^deb\s' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)"
    fi
    [[ -n "$uri" ]] || { echo "container-checks: no Debian mirror in /etc/apt/sources.list*; configure apt first" >&2; return 1; }
    printf '%s\n' "$uri"
}

image_exists() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

# debootstrap ROOTFS_DIR [extra packages, comma-separated]
make_rootfs() {
    local dir="$1" include="${2:-}" mirror
    mirror="$(debian_mirror)"
    rm -rf "$dir"
    local args=(--variant=minbase)
    [[ -n "$include" ]] && args+=("--include=$include")
    echo "container-checks: debootstrap bookworm -> $dir ${include:+(+ $include)}"
    debootstrap "${args[@]}" bookworm "$dir" "$mirror" >"$dir.log" 2>&1 \
        || { tail -n 20 "$dir.log" >&2; return 1; }
    # Images need no package lists or caches; the Dockerfile's apt-get update fetches fresh ones.
    rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/archives/*.deb
}

# import_rootfs DIR IMAGE: the rootfs as a one-layer image with a sane default PATH and shell.
import_rootfs() {
    tar -C "$1" --numeric-owner -c . | "$DOCKER" import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["/bin/bash"]' - "$2" >/dev/null
    echo "container-checks: imported $2 ($("$DOCKER" image inspect -f '{{.Size}}' "$2" | awk '{printf "%.0f MB", $1/1e6}'))"
}

build_base_images() {
    local work="$CONTAINER_STATE/rootfs"
    mkdir -p "$work"
    if ! image_exists outrigger-base/debian:bookworm; then
        make_rootfs "$work/debian" && import_rootfs "$work/debian" outrigger-base/debian:bookworm || return 1
        rm -rf "$work/debian"
    fi
    # The other two start from that one; apt in a container is much faster than a second debootstrap.
    if ! image_exists outrigger-base/python:bookworm; then
        local ctx="$CONTAINER_STATE/python-context"
        rm -rf "$ctx" && mkdir -p "$ctx"
        printf '%s\n' 'FROM outrigger-base/debian:bookworm' \
            'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates && rm -rf /var/lib/apt/lists/*' \
            >"$ctx/Dockerfile"
        DOCKER_BUILDKIT=0 "$DOCKER" build -q -t outrigger-base/python:bookworm "$ctx" >/dev/null || return 1
        echo "container-checks: built outrigger-base/python:bookworm"
    fi
    if ! image_exists outrigger-base/swift:local; then
        build_swift_image "$CONTAINER_STATE/swift-context" || return 1
    fi
}

# The build stage's base: the toolchain under /usr as in the official images, and GitHub
# package URLs rewritten to the local mirror the host uses (git's url.insteadOf), so the
# build resolves Package.resolved without the internet.
build_swift_image() {
    local ctx="$1" toolchain="${SWIFT_TOOLCHAIN:-/opt/swift}" mirror
    [[ -x "$toolchain/usr/bin/swift" ]] || { echo "container-checks: no Swift toolchain at $toolchain (set SWIFT_TOOLCHAIN)" >&2; return 1; }
    rm -rf "$ctx" && mkdir -p "$ctx/mirror"
    # Hard links when the toolchain is on the same filesystem: no 3 GB copy.
    cp -al "$toolchain/usr" "$ctx/toolchain" 2>/dev/null || cp -a "$toolchain/usr" "$ctx/toolchain"
    mirror="$(git config --system --get-regexp '^url\..*\.insteadof$' 2>/dev/null | head -n 1 | awk '{print $1}' | sed -E 's/^url\.(.*)\.insteadof$/\1/')"
    : >"$ctx/gitconfig"
    if [[ -n "$mirror" && -d "$mirror" ]]; then
        cp -a "$mirror/." "$ctx/mirror/"
        git config --file "$ctx/gitconfig" "url.$mirror.insteadOf" https://github.com/
        echo "container-checks: package mirror $mirror goes into the build image"
    else
        mirror=/opt/no-package-mirror
        echo "container-checks: no local package mirror in git's system config; the build stage will fetch packages itself" >&2
    fi
    printf '%s\n' 'FROM outrigger-base/debian:bookworm' \
        "RUN apt-get update && apt-get install -y --no-install-recommends ${SWIFT_BUILD_DEPS//,/ } && rm -rf /var/lib/apt/lists/*" \
        'COPY toolchain/ /usr/' "COPY mirror/ $mirror/" 'COPY gitconfig /etc/gitconfig' >"$ctx/Dockerfile"
    DOCKER_BUILDKIT=0 "$DOCKER" build -q -t outrigger-base/swift:local "$ctx" >"$ctx.log" 2>&1 \
        || { tail -n 20 "$ctx.log" >&2; return 1; }
    rm -rf "$ctx"
    echo "container-checks: built outrigger-base/swift:local ($("$DOCKER" image inspect -f '{{.Size}}' outrigger-base/swift:local | awk '{printf "%.0f MB", $1/1e6}'))"
}
