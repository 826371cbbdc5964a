# Datadog's APM test agent (ddapm-test-agent, from PyPI) as a local image, for machines that
# cannot pull the published one. scripts/container-checks.sh downloads the pinned wheels
# (testagent-requirements.txt, with hashes) on the host into the build context's wheels/,
# then builds this with a local Debian image that has python3 and venv:
#
#   docker build -f testagent.Dockerfile --build-arg PYTHON_IMAGE=<python 3.11 image> <context>
ARG PYTHON_IMAGE=python:3.11-slim-bookworm
FROM ${PYTHON_IMAGE}

COPY testagent-requirements.txt /tmp/requirements.txt
COPY wheels /tmp/wheels
RUN python3 -m venv /opt/testagent \
    && /opt/testagent/bin/pip install --no-cache-dir --no-index --find-links /tmp/wheels \
        --require-hashes -r /tmp/requirements.txt \
    && rm -rf /tmp/wheels /tmp/requirements.txt

# All interfaces, as the published image does: the proxy reaches it from another container.
ENV PORT=8126 HOST=0.0.0.0
EXPOSE 8126
USER 10002:10002
ENTRYPOINT ["/opt/testagent/bin/ddapm-test-agent"]
