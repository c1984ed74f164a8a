{{/* The release's name prefix for every object. */}}
{{- define "core-banking.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}{{ .Release.Name | trunc 40 | trimSuffix "-" }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{/* The enabled services, each merged over `defaults` and given its name: a YAML map for fromYaml. */}}
{{- define "core-banking.services" -}}
{{- $services := dict -}}
{{- range $name, $entry := .Values.services -}}
{{- $service := mergeOverwrite (deepCopy $.Values.defaults) (deepCopy $entry) (dict "name" $name) -}}
{{- if $service.enabled -}}{{- $_ := set $services $name $service -}}{{- end -}}
{{- end -}}
{{- toYaml $services -}}
{{- end -}}

{{- define "core-banking.objectName" -}}
{{- printf "%s-%s" (include "core-banking.fullname" .root) .service.name -}}
{{- end -}}

{{- define "core-banking.secretName" -}}
{{- .service.secret.existingSecret | default (include "core-banking.objectName" .) -}}
{{- end -}}

{{/* Labels every object of a service carries; the selector ones pick its pods. */}}
{{- define "core-banking.selectorLabels" -}}
app.kubernetes.io/name: {{ .service.name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "core-banking.labels" -}}
{{ include "core-banking.selectorLabels" . }}
app.kubernetes.io/part-of: core-banking
app.kubernetes.io/component: {{ ternary "gateway" "subgraph" .service.gateway }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "core-banking.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.repositoryPrefix .service.name (.root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end -}}
