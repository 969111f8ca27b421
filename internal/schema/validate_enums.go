package schema

// builtinEnums lists the values the API server accepts for enumerated
// fields of built-in types. The published OpenAPI documents do not carry
// these enums (their descriptions name the values only in prose, if at
// all), so they are kept here, keyed by schema type name and field; a
// field name ending in "[]" constrains the items of a list. The empty
// string is always accepted: the API server defaults it.
var builtinEnums = map[string]map[string][]string{
	"io.k8s.api.core.v1.Container": {
		"imagePullPolicy":          {"Always", "IfNotPresent", "Never"},
		"terminationMessagePolicy": {"FallbackToLogsOnError", "File"},
	},
	"io.k8s.api.core.v1.EphemeralContainer": {
		"imagePullPolicy":          {"Always", "IfNotPresent", "Never"},
		"terminationMessagePolicy": {"FallbackToLogsOnError", "File"},
	},
	"io.k8s.api.core.v1.PodSpec": {
		"restartPolicy":    {"Always", "Never", "OnFailure"},
		"dnsPolicy":        {"ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"},
		"preemptionPolicy": {"Never", "PreemptLowerPriority"},
	},
	"io.k8s.api.core.v1.ContainerPort":     {"protocol": {"SCTP", "TCP", "UDP"}},
	"io.k8s.api.core.v1.ServicePort":       {"protocol": {"SCTP", "TCP", "UDP"}},
	"io.k8s.api.core.v1.EndpointPort":      {"protocol": {"SCTP", "TCP", "UDP"}},
	"io.k8s.api.discovery.v1.EndpointPort": {"protocol": {"SCTP", "TCP", "UDP"}},
	"io.k8s.api.networking.v1.NetworkPolicyPort": {
		"protocol": {"SCTP", "TCP", "UDP"},
	},
	"io.k8s.api.networking.v1.NetworkPolicySpec": {
		"policyTypes[]": {"Egress", "Ingress"},
	},
	"io.k8s.api.core.v1.ServiceSpec": {
		"type":                  {"ClusterIP", "ExternalName", "LoadBalancer", "NodePort"},
		"externalTrafficPolicy": {"Cluster", "Local"},
		"internalTrafficPolicy": {"Cluster", "Local"},
		"sessionAffinity":       {"ClientIP", "None"},
		"ipFamilyPolicy":        {"PreferDualStack", "RequireDualStack", "SingleStack"},
		"ipFamilies[]":          {"IPv4", "IPv6"},
	},
	"io.k8s.api.core.v1.HTTPGetAction": {"scheme": {"HTTP", "HTTPS"}},
	"io.k8s.api.core.v1.Toleration": {
		"operator": {"Equal", "Exists"},
		"effect":   {"NoExecute", "NoSchedule", "PreferNoSchedule"},
	},
	"io.k8s.api.core.v1.NodeSelectorRequirement": {
		"operator": {"DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"},
	},
	"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": {
		"operator": {"DoesNotExist", "Exists", "In", "NotIn"},
	},
	"io.k8s.api.core.v1.SeccompProfile": {"type": {"Localhost", "RuntimeDefault", "Unconfined"}},
	"io.k8s.api.core.v1.PersistentVolumeClaimSpec": {
		"accessModes[]": {"ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"},
		"volumeMode":    {"Block", "Filesystem"},
	},
	"io.k8s.api.apps.v1.DeploymentStrategy":        {"type": {"Recreate", "RollingUpdate"}},
	"io.k8s.api.apps.v1.StatefulSetUpdateStrategy": {"type": {"OnDelete", "RollingUpdate"}},
	"io.k8s.api.apps.v1.DaemonSetUpdateStrategy":   {"type": {"OnDelete", "RollingUpdate"}},
	"io.k8s.api.apps.v1.StatefulSetSpec":           {"podManagementPolicy": {"OrderedReady", "Parallel"}},
	"io.k8s.api.batch.v1.CronJobSpec":              {"concurrencyPolicy": {"Allow", "Forbid", "Replace"}},
	"io.k8s.api.batch.v1.JobSpec":                  {"completionMode": {"Indexed", "NonIndexed"}},
	"io.k8s.api.networking.v1.HTTPIngressPath": {
		"pathType": {"Exact", "ImplementationSpecific", "Prefix"},
	},
	"io.k8s.api.autoscaling.v2.MetricSpec": {
		"type": {"ContainerResource", "External", "Object", "Pods", "Resource"},
	},
	"io.k8s.api.autoscaling.v2.MetricTarget":       {"type": {"AverageValue", "Utilization", "Value"}},
	"io.k8s.api.autoscaling.v2.HPAScalingPolicy":   {"type": {"Percent", "Pods"}},
	"io.k8s.api.autoscaling.v2.HPAScalingRules":    {"selectPolicy": {"Disabled", "Max", "Min"}},
	"io.k8s.api.policy.v1.PodDisruptionBudgetSpec": {"unhealthyPodEvictionPolicy": {"AlwaysAllow", "IfHealthyBudget"}},
}

// enumOf returns the enum of a field of a named built-in type, or nil.
func enumOf(typeName, field string) []string {
	return builtinEnums[typeName][field]
}
